package vn.motcua.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Our API reads JSON strictly: a number where text is expected ({@code "procedureCode": 1.001193},
 * an ID number without its leading zero) is refused as bad input instead of being turned into text.
 * The rest of the strictness is in application.yaml ({@code spring.jackson}).
 */
@Configuration
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer numbersAreNotText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /** No NUL in any text: PostgreSQL cannot store it (a 500 there, silently kept on H2). Boot registers Module beans. */
    @Bean
    SimpleModule noNulInText() {
        SimpleModule module = new SimpleModule("motcua-no-nul");
        module.addDeserializer(String.class, new NoNulStrings());
        return module;
    }

    private static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "NUL character in text");
            }
            return text;
        }
    }
}
