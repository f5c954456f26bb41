package dev.httpstatus.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusCode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

class SpringStatusCodesTest {

    @Test
    void everyCodeGoesBothWays() {
        for (int c = StatusCode.MIN_CODE; c <= StatusCode.MAX_CODE; c++) {
            StatusCode code = StatusCode.of(c);
            HttpStatusCode spring = SpringStatusCodes.toSpring(code);
            assertThat(spring.value()).isEqualTo(c);
            assertThat(SpringStatusCodes.of(spring)).isSameAs(code);
            assertThat(spring.is4xxClientError()).isEqualTo(code.isClientError());
            assertThat(spring.is5xxServerError()).isEqualTo(code.isServerError());
        }
    }

    @Test
    void httpStatusOnlyWhereSpringHasAConstant() {
        assertThat(SpringStatusCodes.toHttpStatus(StatusCode.NOT_FOUND)).contains(HttpStatus.NOT_FOUND);
        assertThat(SpringStatusCodes.toSpring(StatusCode.NOT_FOUND)).isSameAs(HttpStatus.NOT_FOUND);
        assertThat(SpringStatusCodes.toHttpStatus(StatusCode.of(499))).isEmpty();
        assertThat(SpringStatusCodes.of(HttpStatus.PAYLOAD_TOO_LARGE)).isEqualTo(StatusCode.CONTENT_TOO_LARGE);
    }
}
