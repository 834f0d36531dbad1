package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.deadline.TimeLimit;

/**
 * The Camunda Modeler element templates offer modellers exactly the properties the catalogue reads, and
 * their input patterns accept what the code parses.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of("bpmn", ".camunda", "element-templates");

    @Test
    void theProcedureTemplateNamesExactlyTheProcessProperties() throws IOException {
        JsonNode template = single("motcua-procedure.json");
        assertThat(template.get("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:Process");
        assertThat(propertyNames(template)).containsExactlyInAnyOrderElementsOf(ProcedureModel.PROCESS_PROPERTIES);
    }

    @Test
    void theStepTemplateNamesExactlyTheStepProperties() throws IOException {
        JsonNode template = single("motcua-step.json");
        assertThat(template.get("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:UserTask");
        assertThat(propertyNames(template)).containsExactlyInAnyOrderElementsOf(ProcedureModel.STEP_PROPERTIES);
        assertThat(template.get("properties").findValues("name")).extracting(JsonNode::asText)
                .contains("camunda:candidateGroups", "camunda:formRef", "camunda:formRefBinding");
    }

    @Test
    void thePatternsAcceptWhatTheCodeParsesAndRejectTheRest() throws IOException {
        Pattern timeLimit = pattern(single("motcua-procedure.json"), ProcedureModel.TIME_LIMIT);
        for (String valid : List.of("3 WORKING_DAYS", "0.5 WORKING_DAYS", "4 WORKING_HOURS", "30 CALENDAR_DAYS",
                "SAME_DAY", "SAME_DAY 15:00")) {
            TimeLimit.parse(valid);
            assertThat(timeLimit.matcher(valid).matches()).as(valid).isTrue();
        }
        assertThat(timeLimit.matcher("3 ngày").matches()).isFalse();
        Pattern caseLimit = pattern(single("motcua-procedure.json"), ProcedureModel.CASE_TIME_LIMIT);
        assertThat(caseLimit.matcher("5 WORKING_DAYS | Cần xác minh").matches()).isTrue();
        assertThat(caseLimit.matcher("5 WORKING_DAYS").matches()).isFalse();
        Pattern retention = pattern(single("motcua-procedure.json"), ProcedureModel.RETENTION);
        assertThat(retention.matcher("PERMANENT").matches()).isTrue();
        assertThat(retention.matcher("10 YEARS").matches()).isTrue();
        assertThat(retention.matcher("10 năm").matches()).isFalse();
        Pattern budget = pattern(single("motcua-step.json"), ProcedureModel.STEP_BUDGET);
        assertThat(budget.matcher("0.5 WORKING_DAYS").matches()).isTrue();
        assertThat(budget.matcher("SAME_DAY").matches()).as("a step budget is never a same-day limit").isFalse();
    }

    private static List<String> propertyNames(JsonNode template) {
        List<String> names = new ArrayList<>();
        template.get("properties").forEach(property -> {
            if ("camunda:property".equals(property.at("/binding/type").asText())) {
                names.add(property.at("/binding/name").asText());
            }
        });
        return names;
    }

    private static Pattern pattern(JsonNode template, String name) {
        for (JsonNode property : template.get("properties")) {
            if (name.equals(property.at("/binding/name").asText())) {
                return Pattern.compile(property.at("/constraints/pattern/value").asText());
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static JsonNode single(String file) throws IOException {
        JsonNode templates = new ObjectMapper().readTree(TEMPLATES.resolve(file).toFile());
        assertThat(templates.isArray()).as("%s is a JSON array of templates", file).isTrue();
        assertThat(templates).hasSize(1);
        JsonNode template = templates.get(0);
        assertThat(template.get("$schema").asText()).contains("element-templates-json-schema");
        assertThat(template.get("id").asText()).startsWith("vn.motcua.");
        return template;
    }
}
