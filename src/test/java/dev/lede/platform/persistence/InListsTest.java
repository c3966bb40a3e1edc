package dev.lede.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query texts and bindings InLists makes; ArticleStatementCountTest checks that Hibernate caches them. */
class InListsTest {
    private static final String QUERY = "select a from Article a where a.id in :ids or a.slug IN :ids and a.x = :idsX";

    @Test
    void shouldMakeOneValueAnEquality() {
        assertThat(InLists.expand(QUERY, "ids", 1))
                .isEqualTo("select a from Article a where a.id = :ids_0 or a.slug = :ids_0 and a.x = :idsX");
    }

    @Test
    void shouldSpreadSeveralValuesIntoAPowerOfTwoOfParameters() {
        assertThat(InLists.expand(QUERY, "ids", 2)).startsWith("select a from Article a where a.id in (:ids_0, :ids_1) or");
        assertThat(InLists.expand(QUERY, "ids", 3))
                .isEqualTo("select a from Article a where a.id in (:ids_0, :ids_1, :ids_2, :ids_3)"
                        + " or a.slug in (:ids_0, :ids_1, :ids_2, :ids_3) and a.x = :idsX");
        assertThat(List.of(0, 1, 2, 3, 4, 5, 8, 9, 250, 1024).stream().map(InLists::slots).toList())
                .containsExactly(1, 1, 2, 4, 4, 8, 8, 16, 256, 1024);
    }

    @Test
    void shouldRepeatTheLastValueAndBindNullForNone() {
        assertThat(slots(List.of("a", "b", "c"))).containsExactly(Map.entry("ids_0", "a"), Map.entry("ids_1", "b"),
                Map.entry("ids_2", "c"), Map.entry("ids_3", "c"));
        Map<String, Object> none = new LinkedHashMap<>();
        InLists.forEachSlot("ids", List.of(), none::put);
        assertThat(none).hasSize(1).containsEntry("ids_0", null);
    }

    @Test
    void shouldRefuseWhatItCannotSpreadFaithfully() {
        assertThatThrownBy(() -> InLists.expand("select a from Article a where a.id not in :ids", "ids", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in");
        assertThatThrownBy(() -> InLists.expand("select a from Article a where a.id = :ids", "ids", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'in :ids'");
        assertThatThrownBy(() -> InLists.slots(InLists.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Map.Entry<String, Object>> slots(List<String> values) {
        List<Map.Entry<String, Object>> slots = new ArrayList<>();
        InLists.forEachSlot("ids", values, (name, value) -> slots.add(Map.entry(name, value)));
        return slots;
    }
}
