package com.auditworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.auditworkbench.domain.FiscalYear;
import com.auditworkbench.domain.InformationAsset;
import com.auditworkbench.domain.Language;
import com.auditworkbench.domain.Messages;
import com.auditworkbench.domain.MidTermPlan;
import com.auditworkbench.domain.RiskScore;
import com.auditworkbench.domain.RiskWeights;
import com.auditworkbench.domain.Segment;
import com.auditworkbench.support.TestWorkbenches;
import com.auditworkbench.template.ShippedTemplates;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample shows the register, incidents, the medium-term plan and scores on the first look. */
class RegisterSampleTest {

    @TempDir
    Path folder;

    @Test
    void sampleHoldsARegisterOverTheThreeSegmentsTwoIncidentsAndACoveringMediumTermPlan() {
        try (WorkbenchSession session = TestWorkbenches.service().create(folder.resolve("sample.awb"),
                SampleWorkbench.PASSPHRASE.toCharArray())) {
            SampleWorkbench.populate(session, new ShippedTemplates().defaultAudit());
            List<InformationAsset> assets = session.assets().all();
            assertThat(assets).hasSize(14);
            assertThat(assets).extracting(InformationAsset::segment).contains(Segment.MYNUMBER, Segment.LGWAN,
                    Segment.INTERNET);
            assertThat(session.assets().incidents()).hasSize(2);
            assertThat(session.risk().weights()).isEqualTo(RiskWeights.defaults());

            MidTermPlan plan = session.midTerm().all().get(0);
            assertThat(plan.firstYear().japaneseName()).isEqualTo("令和7年度");
            assertThat(plan.years()).isEqualTo(3);
            assertThat(plan.leftOut()).isEmpty();
            assertThat(plan.departmentsIn(new FiscalYear(2027))).extracting(d -> d.name())
                    .containsExactly("市民部 課税課", "政策経営部 情報政策課");

            List<RiskScore> scores = session.risk().scores(new FiscalYear(2027));
            assertThat(scores).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
            assertThat(scores.get(0).reasonText(new Messages(Language.JAPANESE))).contains("未完了の指摘");
        }
    }
}
