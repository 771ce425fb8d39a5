package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * kabinet.css parses without a single error. JavaFX only logs a parse error and drops every rule
 * after it, so a brace lost in a merge would otherwise go unseen until someone looks at a screen.
 */
class StylesheetTest {

    @Test
    void kabinetCss_parsesWithoutErrors() throws Exception {
        URL css = StylesheetTest.class.getResource("/org/kabinet/ui/kabinet.css");
        CssParser.errorsProperty().clear();

        new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
