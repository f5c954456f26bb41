package dev.httpstatus.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A builder that hands its arrays to the Headers it builds must never change those Headers later. */
class HeadersBuilderTest {

    @Test
    void headersBuiltFromAFullBuilderStayAsTheyWere() {
        Headers.Builder b = Headers.builder(2).add("A", "1").add("B", "2");
        Headers first = b.build();
        b.add("C", "3");
        Headers second = b.build();
        b.clear().add("D", "4").add("E", "5");
        Headers third = b.build();

        assertThat(first.toString()).isEqualTo("A: 1\nB: 2\n");
        assertThat(second.toString()).isEqualTo("A: 1\nB: 2\nC: 3\n");
        assertThat(third.toString()).isEqualTo("D: 4\nE: 5\n");
        assertThat(first.size()).isEqualTo(2);
    }

    @Test
    void reuseAfterClearDoesNotOverwriteEarlierHeaders() {
        Headers.Builder b = Headers.builder(1);
        Headers one = b.add("X", "1").build();
        Headers two = b.clear().add("Y", "2").build();
        assertThat(one.first("X")).contains("1");
        assertThat(one.has("Y")).isFalse();
        assertThat(two.first("Y")).contains("2");
    }

    @Test
    void sizesGrowFromZero() {
        Headers h = Headers.builder(0).add("A", "1").add("B", "2").add("C", "3").build();
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.value(2)).isEqualTo("3");
    }

    @Test
    void negativeCapacityIsRefused() {
        assertThatThrownBy(() -> Headers.builder(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
