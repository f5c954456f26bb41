package dev.httpstatus.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.StatusCode;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.junit.jupiter.api.Test;

class NettyStatusTest {

    @Test
    void everyCodeGoesBothWays() {
        for (int c = StatusCode.MIN_CODE; c <= StatusCode.MAX_CODE; c++) {
            StatusCode code = StatusCode.of(c);
            HttpResponseStatus n = NettyStatus.toNetty(code);
            assertThat(n.code()).isEqualTo(c);
            assertThat(n.reasonPhrase()).isEqualTo(code.reasonPhrase());
            assertThat(NettyStatus.of(n)).isSameAs(code);
        }
    }

    @Test
    void nettysConstantWhereThePhrasesAgree() {
        assertThat(NettyStatus.toNetty(StatusCode.NOT_FOUND)).isSameAs(HttpResponseStatus.NOT_FOUND);
        assertThat(NettyStatus.toNetty(StatusCode.CONTENT_TOO_LARGE).reasonPhrase()).isEqualTo("Content Too Large");
    }

    @Test
    void codesNettyAcceptsButHttpDoesNotAreRefused() {
        assertThatThrownBy(() -> NettyStatus.of(HttpResponseStatus.valueOf(1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000");
    }
}
