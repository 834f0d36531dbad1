package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleSetsTest {

    private final RuleSets rules = new RuleSets(List.of(
            new RuleSets.RuleSet("ND118-2025", LocalDate.of(2025, 7, 1), "Nghị định số 118/2025/NĐ-CP",
                    "Thông tư số 03/2025/TT-VPCP"),
            new RuleSets.RuleSet("ND61-2018", LocalDate.of(2018, 6, 21), "Nghị định số 61/2018/NĐ-CP",
                    "Thông tư số 01/2018/TT-VPCP")));

    @Test
    void aDossierFollowsTheRulesInForceOnTheDayOfReceipt() {
        assertThat(rules.inForceOn(LocalDate.of(2025, 6, 30)).id()).isEqualTo("ND61-2018");
        assertThat(rules.inForceOn(LocalDate.of(2025, 7, 1)).id()).isEqualTo("ND118-2025");
        assertThat(rules.inForceOn(LocalDate.of(2018, 6, 21)).circular()).isEqualTo("Thông tư số 01/2018/TT-VPCP");
    }

    @Test
    void aDayBeforeAnyKnownRuleIsRefused() {
        assertThatThrownBy(() -> rules.inForceOn(LocalDate.of(2018, 6, 20)))
                .hasMessageContaining("Không có quy định về cơ chế một cửa có hiệu lực ngày 2018-06-20");
    }
}
