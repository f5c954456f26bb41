package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The advisor's API, its data tables and its decision tree. */
class AdvisorTest {

    private static int first(String situation) {
        return Advisor.advise(situation).get(0).code().code();
    }

    private static int first(String situation, Method method) {
        return Advisor.advise(situation, Optional.of(method)).get(0).code().code();
    }

    @Test
    void codesTheQuestionNamesAsCandidatesAreWeighed() {
        assertThat(AdvisorIndex.namedCodes("Should that be 302 or 301, given browsers cache it?"))
                .containsExactly(StatusCode.FOUND, StatusCode.MOVED_PERMANENTLY);
        assertThat(AdvisorIndex.namedCodes("409, 403 or 422?")).extracting(StatusCode::code).containsExactly(409, 403, 422);
        assertThat(AdvisorIndex.namedCodes("is 401 the right status")).extracting(StatusCode::code).containsExactly(401);
        assertThat(AdvisorIndex.namedCodes("the upload limit is 500 MB and it took 200 ms")).isEmpty();
        assertThat(AdvisorIndex.namedCodes("the client sees a 500 whenever it posts")).as("what happens now").isEmpty();
        assertThat(AdvisorIndex.namedCodes("we have 404 users or so")).as("a quantity").isEmpty();
        // a named candidate nothing else matched is still ranked, and weak, as everything here is
        List<Advice> a = Advisor.advise("our fax gateway: 418 or 501?");
        assertThat(a).extracting(x -> x.code().code()).contains(418, 501);
        assertThat(a).allSatisfy(x -> assertThat(x.weak()).isTrue());
    }

    @Test
    void aMatchOnAWordOrTwoIsMarkedWeak() {
        assertThat(Advisor.advise("the user is not logged in").get(0).weak()).isFalse();
        assertThat(Advisor.advise("the fax machine is out of paper").get(0).weak()).isTrue();
        // the decision tree's outcomes are answers to questions, never weak
        Deque<Question> todo = new ArrayDeque<>(List.of(Advisor.firstQuestion()));
        int outcomes = 0;
        while (!todo.isEmpty()) {
            for (Question.Answer a : todo.pop().answers()) {
                if (a.next() instanceof Question q) {
                    todo.push(q);
                } else {
                    assertThat(((Advice) a.next()).weak()).as(a.label()).isFalse();
                    outcomes++;
                }
            }
        }
        assertThat(outcomes).isGreaterThan(20);
    }

    @Test
    void answersTheIssuesExamples() {
        assertThat(first("resource already exists", Method.POST)).isEqualTo(409);
        assertThat(first("not logged in")).isEqualTo(401);
        assertThat(first("validation failed", Method.POST)).isEqualTo(422);
        assertThat(first("Authorization error")).isEqualTo(401);
        assertThat(first("No longer exists")).isEqualTo(410);
        assertThat(first("Resource state conflict")).isEqualTo(409);
        assertThat(first("Invalid data", Method.POST)).isEqualTo(400);
        assertThat(first("Method not implemented")).isEqualTo(501);
        assertThat(first("Permanently moved")).isEqualTo(301);
    }

    @Test
    void adviceCarriesTheCodesDutiesAndAReason() {
        Advice a = Advisor.advise("the user is not logged in").get(0);
        assertThat(a.code()).isEqualTo(StatusCode.UNAUTHORIZED);
        assertThat(a.why()).isNotBlank().endsWith(".");
        assertThat(a.reference()).hasToString("RFC 9110 §15.5.2");
        assertThat(a.duties()).extracting(d -> d.field().orElse("content")).containsExactly("WWW-Authenticate");
        assertThat(Advisor.advise("this method is not allowed here").get(0).duties())
                .extracting(d -> d.field().orElse("content")).contains("Allow");
        // Class-wide duties (Date on every 2xx-4xx) are not the answer's own.
        assertThat(a.duties()).noneMatch(Duty::isGeneral);
    }

    @Test
    void theMethodNarrowsTheAnswer() {
        // 201 does not answer GET; the seed's label "Resource created" belongs to POST and PUT.
        assertThat(first("the resource was created", Method.POST)).isEqualTo(201);
        assertThat(Advisor.advise("the resource was created", Optional.of(Method.GET)))
                .extracting(Advice::code).doesNotContain(StatusCode.CREATED);
        assertThat(Advisor.advise("the client asked for a byte range", Optional.of(Method.POST)))
                .extracting(Advice::code).doesNotContain(StatusCode.PARTIAL_CONTENT);
        // A method named in capitals in the text counts when none is given.
        assertThat(first("a PUT on a read-only resource")).isEqualTo(405);
    }

    @Test
    void oddInputGivesNoAdviceRatherThanAnError() {
        assertThat(Advisor.advise("")).isEmpty();
        assertThat(Advisor.advise("   ")).isEmpty();
        assertThat(Advisor.advise("qqqq zzzz")).isEmpty();
        assertThat(Advisor.advise("😀\u0000\t")).isEmpty();
        assertThat(Advisor.advise("not logged in ".repeat(100_000))).isNotEmpty(); // read up to a bound
        assertThatThrownBy(() -> Advisor.advise(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Advisor.advise("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rankingIsBestFirstWithoutDuplicates() {
        List<Advice> advice = Advisor.advise("the upstream server timed out");
        assertThat(advice).isNotEmpty();
        assertThat(advice.get(0).code().code()).isEqualTo(504);
        assertThat(advice).extracting(Advice::code).doesNotHaveDuplicates();
        assertThat(advice).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void lookupsAndSearchNeverLoadTheAdvisor() throws Exception {
        java.net.URL classes = StatusCode.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (java.net.URLClassLoader fresh = new java.net.URLClassLoader(new java.net.URL[] {classes}, null) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            Class<?> sc = Class.forName("dev.httpstatus.StatusCode", true, fresh);
            Object nf = sc.getMethod("of", int.class).invoke(null, 404);
            sc.getMethod("forName", String.class).invoke(null, "not found");
            sc.getMethod("headerDuties").invoke(nf);
            Class.forName("dev.httpstatus.StatusCodes", true, fresh).getMethod("search", String.class).invoke(null, "teapott");
            assertThat(loaded).contains("dev.httpstatus.Search").noneMatch(n -> n.startsWith("dev.httpstatus.Advis"));
            Class.forName("dev.httpstatus.Advisor", true, fresh).getMethod("advise", String.class).invoke(null, "not logged in");
            assertThat(loaded).contains("dev.httpstatus.AdvisorIndex", "dev.httpstatus.AdvisorSituations");
        }
    }

    @Test
    void synonymsGiveEachPhraseOneMeaning() {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        for (String[] row : AdvisorSynonyms.ROWS) {
            for (String variant : row) {
                String key = String.join(" ", AdvisorText.stems(variant));
                String before = seen.put(key, row[0]);
                if (before != null && !before.equals(row[0])) {
                    clashes.add("'" + variant + "' means both " + before + " and " + row[0]);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everySituationNamesAKnownCodeAReasonAndCues() {
        for (AdvisorSituations.Row r : AdvisorSituations.ROWS) {
            StatusCode c = StatusCode.of(r.code());
            assertThat(c.isKnown()).as("%d", r.code()).isTrue();
            assertThat(r.why()).as("%d", r.code()).endsWith(".").hasSizeBetween(30, 200);
            assertThat(r.cues()).as("%d", r.code()).isNotEmpty();
        }
        for (AdvisorIndex.Entry e : AdvisorIndex.INSTANCE.entries()) {
            assertThat(e.cues()).as("%s: a cue made only of stop words", e.code()).isNotEmpty();
            for (int[][] cue : e.cues()) {
                assertThat(cue).as("%s", e.code()).isNotEmpty();
            }
        }
    }

    @Test
    void theStemmerIsConsistentAcrossWordForms() {
        assertThat(AdvisorText.stem("exists")).isEqualTo(AdvisorText.stem("existing")).isEqualTo(AdvisorText.stem("existed"));
        assertThat(AdvisorText.stem("created")).isEqualTo(AdvisorText.stem("create")).isEqualTo(AdvisorText.stem("creates"));
        assertThat(AdvisorText.stem("shipped")).isEqualTo("ship");
        assertThat(AdvisorText.stem("passed")).isEqualTo("pass");
        assertThat(AdvisorText.stems("Doesn't EXIST!")).containsExactly("doesnt", "exist");
    }

    @Test
    void theTreeEndsInACodeOnEveryPathAndReachesEveryQuestion() {
        Question start = Advisor.firstQuestion();
        assertThat(start.text()).endsWith("?");
        Set<String> reached = new HashSet<>();
        Set<Integer> outcomes = new HashSet<>();
        Deque<Question> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Question q = todo.pop();
            if (!reached.add(q.id())) {
                continue;
            }
            assertThat(q.answers()).as(q.id()).hasSizeBetween(2, 10);
            for (Question.Answer a : q.answers()) {
                AdvisorStep next = a.next();
                if (next instanceof Question n) {
                    todo.push(n);
                } else if (next instanceof Advice advice) {
                    outcomes.add(advice.code().code());
                    assertThat(advice.why()).isNotBlank();
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                AdvisorTree.all().stream().map(Question::id).toList());
        assertThat(outcomes).contains(400, 401, 403, 404, 405, 409, 412, 415, 422, 429, 500, 503, 200, 201, 204, 301, 308);
    }

    @Test
    void theTreeHasNoCycles() {
        assertThat(depth(Advisor.firstQuestion(), new HashSet<>())).isLessThanOrEqualTo(12);
    }

    private static int depth(Question q, Set<String> path) {
        assertThat(path.add(q.id())).as("cycle through %s", q.id()).isTrue();
        int max = 0;
        for (Question.Answer a : q.answers()) {
            if (a.next() instanceof Question n) {
                max = Math.max(max, depth(n, path));
            }
        }
        path.remove(q.id());
        return max + 1;
    }

    @Test
    void aTreeAnswerMayGiveItsOwnReason() {
        Question allowed = (Question) Advisor.firstQuestion().answers().get(0).next();   // intact → server
        Question client = (Question) allowed.answers().get(0).next();                     // server → client
        Question mayIt = (Question) client.answers().get(0).next();                       // known → allowed?
        Advice hide = mayIt.answers().stream().filter(a -> a.label().contains("must not even learn"))
                .map(a -> (Advice) a.next()).findFirst().orElseThrow();
        assertThat(hide.code()).isEqualTo(StatusCode.NOT_FOUND);
        assertThat(hide.reference()).hasToString("RFC 9110 §15.5.4");
    }
}
