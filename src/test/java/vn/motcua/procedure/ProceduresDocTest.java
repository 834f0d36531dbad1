package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * docs/procedures.md lists every procedure model with its code, time limit and legal basis exactly as the
 * models state them. When a model changes, regenerate the table with
 * {@code mvn -o -q test -Dtest=ProceduresDocTest -Dprocedures.doc.write=true} and review the diff.
 */
class ProceduresDocTest {

    private static final Path DOC = Path.of("docs", "procedures.md");
    private static final String START = "<!-- catalogue:start (generated from bpmn/ by ProceduresDocTest) -->";
    private static final String END = "<!-- catalogue:end -->";

    @Test
    void theCatalogueTableMatchesTheModels() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/procedures.md has the catalogue markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String expected = table(procedures());
        if (Boolean.getBoolean("procedures.doc.write")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + expected + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(doc.substring(start + START.length(), end).strip())
                .as("docs/procedures.md disagrees with bpmn/: regenerate with -Dprocedures.doc.write=true")
                .isEqualTo(expected.strip());
    }

    @Test
    void aRowChangesWhenTheModelChanges() {
        Procedure birth = procedures().stream().filter(p -> p.code().equals("1.001193")).findFirst().orElseThrow();
        Procedure revised = new Procedure(birth.code(), birth.name(), birth.field(), birth.processKey(),
                birth.processDefinitionId(), birth.version(), vn.motcua.calendar.deadline.TimeLimit.workingDays(2),
                birth.caseTimeLimits(), birth.legalBasis(), birth.responsibleUnit(), birth.papers(), birth.result(),
                birth.fees(), birth.onlineService(), birth.interAgency(), birth.retention());
        assertThat(row(revised)).isNotEqualTo(row(birth)).contains("02 ngày làm việc");
    }

    static String table(List<Procedure> procedures) {
        return "| Mã | Thủ tục | Lĩnh vực | Thời hạn | Thời hạn theo trường hợp | Căn cứ pháp lý | Mô hình |\n"
                + "|---|---|---|---|---|---|---|\n"
                + procedures.stream().map(ProceduresDocTest::row).collect(Collectors.joining());
    }

    static String row(Procedure procedure) {
        String cases = procedure.caseTimeLimits().isEmpty() ? "—" : procedure.caseTimeLimits().stream()
                .map(limit -> limit.label() + ": " + limit.timeLimit().toVietnamese()).collect(Collectors.joining("; "));
        return "| " + procedure.code() + " | " + procedure.name() + " | " + procedure.field() + " | "
                + procedure.timeLimit().toVietnamese() + " | " + cases + " | "
                + String.join("; ", procedure.legalBasis()) + " | `bpmn/" + procedure.processKey() + ".bpmn` |\n";
    }

    static List<Procedure> procedures() {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(path -> path.toString().endsWith(".bpmn"))
                    .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(Process.class).stream())
                    .flatMap(process -> ProcedureModel.read(process, process.getId(), 1).stream())
                    .sorted(Comparator.comparing(Procedure::code))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
