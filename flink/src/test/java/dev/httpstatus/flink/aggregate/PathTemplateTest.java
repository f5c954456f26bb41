package dev.httpstatus.flink.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            https://api.example/items/1234                            | api.example      | /items/{id}
            https://API.Example:8443/items/42/parts?sort=asc          | api.example:8443 | /items/{id}/parts?{query}
            http://user:pw@h.example/a                                | h.example        | /a
            //h.example/u/3f2c8a9e-1b7d-4c5e-9f00-0123456789ab/avatar  | h.example        | /u/{uuid}/avatar
            https://h.example/blob/5f2b9c0e7a1d                       | h.example        | /blob/{hex}
            https://h.example/commit/0123456789abcdef0123456789abcdef01234567 | h.example | /commit/{hex}
            https://h.example/facadedecade                            | h.example        | /facadedecade
            https://h.example/s/aGVsbG8gd29ybGQ5OTk5OQ                | h.example        | /s/{token}
            https://h.example/how-to-write-a-status-code-checker-that-finds-real-defects-in-logs-2026 | h.example | /{long}
            https://h.example/how-to-write-a-status-code-checker      | h.example        | /how-to-write-a-status-code-checker
            https://h.example/o/ord_20261130_000123456                | h.example        | /o/{token}
            https://h.example/release-notes-for-version-2026          | h.example        | /release-notes-for-version-2026
            https://h.example/api/v2/items                            | h.example        | /api/v2/items
            https://h.example                                         | h.example        | /
            https://h.example?x=1                                     | h.example        | /?{query}
            https://h.example/page#section-2                          | h.example        | /page
            /items/7?x=1                                              | ''               | /items/{id}?{query}
            /a//b/                                                    | ''               | /a//b/
            *                                                         | ''               | *
            ''                                                        | ''               | /
            """)
    void folds(String url, String host, String path) {
        PathTemplate t = PathTemplate.of(url == null ? "" : url);
        assertThat(t.host()).isEqualTo(host == null ? "" : host);
        assertThat(t.path()).isEqualTo(path);
    }
}
