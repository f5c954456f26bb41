package dev.httpstatus.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.check.model.Severity;
import org.junit.jupiter.api.Test;

/** The escaping both JUnit XML reports use, and the SARIF levels both SARIF reports use. */
class XmlTextTest {

    @Test
    void attributesEscapeQuotesAndLineBreaks() {
        assertThat(XmlText.attr("a \"b\" <c> & d\n\t\r")).isEqualTo("a &quot;b&quot; &lt;c&gt; &amp; d&#10;&#9;&#13;");
    }

    @Test
    void textKeepsQuotesAndLineBreaks() {
        assertThat(XmlText.text("a \"b\" <c>\n")).isEqualTo("a \"b\" &lt;c&gt;\n");
    }

    @Test
    void charactersXmlCannotCarryBecomeQuestionMarks() {
        assertThat(XmlText.text("nul\u0000 esc\u001b bom\uFFFE")).isEqualTo("nul? esc? bom?");
    }

    @Test
    void sarifLevels() {
        assertThat(SarifRules.level(Severity.ERROR)).isEqualTo("error");
        assertThat(SarifRules.level(Severity.WARNING)).isEqualTo("warning");
        assertThat(SarifRules.level(Severity.INFO)).isEqualTo("note");
    }
}
