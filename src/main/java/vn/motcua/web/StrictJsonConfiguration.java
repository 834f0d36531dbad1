package vn.motcua.web;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
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
}
