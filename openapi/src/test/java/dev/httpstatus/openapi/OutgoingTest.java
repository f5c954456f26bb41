package dev.httpstatus.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.openapi.lint.LintFinding;
import dev.httpstatus.openapi.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhooks and callbacks: requests the API sends, whose declared responses are linted like its own. */
class OutgoingTest {

    @Test
    void webhooksAreLintedWithTheirNameAndNeverTakenForTheApisOwnOperations() throws Exception {
        String text = """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                servers: [{url: 'https://api.example.com'}]
                paths:
                  /pets:
                    get:
                      responses:
                        '200': {description: ok}
                webhooks:
                  newPet:
                    post:
                      responses:
                        '204':
                          description: received
                          content: {application/json: {schema: {type: object}}}
                  x-not-a-webhook-name:
                    $ref: '#/components/pathItems/Ping'
                components:
                  pathItems:
                    Ping:
                      post:
                        responses:
                          '299': {description: pong}
                """;
        ApiDescription d = ApiDescription.read("hooks.yaml", text);
        assertThat(d.operations()).extracting(ApiOperation::label).containsExactly("GET /pets");
        assertThat(d.outgoing()).extracting(ApiOperation::label)
                .containsExactly("POST webhook newPet", "POST webhook x-not-a-webhook-name");
        assertThat(d.outgoing().get(0).origin()).isEqualTo(ApiOperation.Origin.WEBHOOK);
        assertThat(d.outgoing().get(0).servers()).as("the API's servers do not receive its webhooks").isEmpty();
        List<LintFinding> found = Linter.standard().lint(d).findings();
        assertThat(found).anySatisfy(f -> {
            assertThat(f.rule().id()).isEqualTo("oas-content-in-bodiless-response");
            assertThat(f.pointer().toString()).isEqualTo("/webhooks/newPet/post/responses/204");
            assertThat(f.position()).isEqualTo(new Position(13, 9));
            assertThat(f.operations()).containsExactly("POST webhook newPet");
        });
        assertThat(found).anySatisfy(f -> {
            assertThat(f.rule().id()).isEqualTo("oas-unregistered-status-code");
            assertThat(f.pointer().toString()).isEqualTo("/components/pathItems/Ping/post/responses/299");
        });
    }

    @Test
    void callbacksAreLintedUnderTheOperationTheyBelongTo() throws Exception {
        String text = """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /subscribe:
                    post:
                      responses:
                        '202': {description: subscribed}
                      callbacks:
                        onData:
                          '{$request.body#/callbackUrl}':
                            post:
                              responses:
                                '201': {description: stored}
                        onEnd:
                          $ref: '#/components/callbacks/End'
                components:
                  callbacks:
                    End:
                      '{$request.body#/endUrl}':
                        delete:
                          responses:
                            '405': {description: not here}
                """;
        ApiDescription d = ApiDescription.read("callbacks.yaml", text);
        assertThat(d.operations()).extracting(ApiOperation::label).containsExactly("POST /subscribe");
        assertThat(d.outgoing()).extracting(ApiOperation::label).containsExactly(
                "POST {$request.body#/callbackUrl} (callback onData of POST /subscribe)",
                "DELETE {$request.body#/endUrl} (callback onEnd of POST /subscribe)");
        assertThat(d.outgoing()).extracting(ApiOperation::origin).containsOnly(ApiOperation.Origin.CALLBACK);
        List<LintFinding> found = Linter.standard().lint(d).findings();
        assertThat(found).anySatisfy(f -> {
            assertThat(f.rule().id()).isEqualTo("oas-201-without-location");
            assertThat(f.pointer().toString())
                    .isEqualTo("/paths/~1subscribe/post/callbacks/onData/{$request.body#~1callbackUrl}/post/responses/201");
            assertThat(f.operations()).containsExactly("POST {$request.body#/callbackUrl} (callback onData of POST /subscribe)");
        });
        assertThat(found).anySatisfy(f -> {
            assertThat(f.rule().id()).isEqualTo("oas-405-without-allow");
            assertThat(f.pointer().toString()).isEqualTo("/components/callbacks/End/{$request.body#~1endUrl}/delete/responses/405");
        });
    }
}
