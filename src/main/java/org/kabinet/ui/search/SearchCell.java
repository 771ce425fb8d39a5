package org.kabinet.ui.search;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Snippet;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws one line of the results: a kind's header, a hit (its title, whose it is, the date, a
 * private marker, and the words around the match with the matching words marked), or "and N more".
 */
final class SearchCell extends ListCell<SearchRow> {

    private final Messages messages;
    private final DateFormats dates;

    SearchCell(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
        getStyleClass().add("search-cell");
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().removeAll("search-header-cell", "search-hit-cell", "search-more-cell");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof SearchRow.Header header) {
            getStyleClass().add("search-header-cell");
            setGraphic(header(header));
        } else if (row instanceof SearchRow.More more) {
            getStyleClass().add("search-more-cell");
            Label label = new Label(messages.get("search.more", more.more()));
            label.getStyleClass().add("search-more");
            setGraphic(label);
        } else if (row instanceof SearchRow.Hit hit) {
            getStyleClass().add("search-hit-cell");
            setGraphic(hit(hit.hit()));
        }
    }

    private Node header(SearchRow.Header header) {
        Label kind = new Label(messages.get("search.kind." + header.kind().name()), Icons.of(icon(header.kind())));
        kind.getStyleClass().add("search-header");
        Label count = new Label(Integer.toString(header.total()));
        count.getStyleClass().add("search-header-count");
        HBox box = new HBox(8, kind, count);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Icon icon(SearchKind kind) {
        return switch (kind) {
            case CLIENT -> Icon.CLIENTS;
            case NOTE -> Icon.EDIT;
            case HOMEWORK -> Icon.LIBRARY;
            case LESSON -> Icon.PROGRAMS;
        };
    }

    private Node hit(SearchHit hit) {
        HBox top = new HBox(8);
        top.setAlignment(Pos.BASELINE_LEFT);
        boolean titled = !hit.title().text().isEmpty();
        // Homework found by its title comes with the same words as its snippet, marked there only.
        boolean snippetIsTitle = titled && hit.snippet().text().strip().equals(hit.title().text().strip());
        if (titled) {
            top.getChildren().add(flow(snippetIsTitle ? hit.snippet() : hit.title(), "search-title"));
        }
        if (hit.kind() != SearchKind.CLIENT && hit.client() != null) {
            // A note has no title of its own: whose it is leads the line.
            Label client = new Label(hit.client().full());
            client.getStyleClass().add(titled ? "search-client" : "search-client-title");
            client.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(client);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        top.getChildren().add(gap);
        if (hit.privateNote()) {
            Label marker = new Label(messages.get("note.private.marker"), new FontIcon(Feather.LOCK));
            marker.getStyleClass().add("search-private");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(marker);
        }
        if (hit.date() != null) {
            Label date = new Label(dates.format(hit.date()));
            date.getStyleClass().add("search-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(date);
        }
        VBox box = new VBox(2, top);
        if (!snippetIsTitle && !hit.snippet().text().isBlank()) {
            box.getChildren().add(flow(hit.snippet(), "search-snippet"));
        }
        box.setMinWidth(0);
        box.setPrefWidth(1);
        return box;
    }

    /** The text with each matching word in its own, highlighted run. */
    private static TextFlow flow(Snippet snippet, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Snippet.Part part : snippet.parts()) {
            Text text = new Text(part.text());
            text.getStyleClass().add(part.match() ? "search-match" : "search-text");
            flow.getChildren().add(text);
        }
        flow.setMaxHeight(Region.USE_PREF_SIZE);
        return flow;
    }
}
