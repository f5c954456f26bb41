package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Whatever public class or method a program touches first, class initialisation must complete with
 * every constant set. Each case loads the core afresh in its own class loader, so that nothing the
 * other tests already initialised can hide an ordering fault.
 */
class ClassInitTest {

    private static URLClassLoader freshCore() {
        URL classes = StatusCode.class.getProtectionDomain().getCodeSource().getLocation();
        // Parent: the boot loader only. The platform loader would hand back the module already loaded.
        return new URLClassLoader(new URL[] {classes}, null);
    }

    /** Runs one first touch in a fresh loader, then checks that every constant and lookup is sound there. */
    private static void firstTouch(String entry) throws Exception {
        try (URLClassLoader loader = freshCore()) {
            Class<?> statusCode = Class.forName("dev.httpstatus.StatusCode", false, loader);
            assertThat(statusCode).isNotSameAs(StatusCode.class);
            touch(loader, entry);
            assertSound(statusCode);
        }
    }

    private static void touch(ClassLoader loader, String entry) throws Exception {
        Class<?> sc = Class.forName("dev.httpstatus.StatusCode", false, loader);
        switch (entry) {
            case "of" -> sc.getMethod("of", int.class).invoke(null, 404);
            case "parse" -> sc.getMethod("parse", CharSequence.class).invoke(null, "HTTP/1.1 404 Not Found");
            case "forName" -> assertThat((Optional<?>) sc.getMethod("forName", String.class).invoke(null, "not found"))
                    .isPresent();
            case "search" -> assertThat((List<?>) codes(loader).getMethod("search", String.class).invoke(null, "teapott"))
                    .isNotEmpty();
            case "typicalFor" -> {
                Class<?> usage = Class.forName("dev.httpstatus.MethodUsage", false, loader);
                Class<?> method = Class.forName("dev.httpstatus.Method", false, loader);
                Object put = method.getMethod("of", String.class).invoke(null, "PUT");
                assertThat((List<?>) usage.getMethod("typicalFor", method).invoke(null, put)).isNotEmpty();
            }
            case "inRegistry" -> assertThat((List<?>) codes(loader).getMethod("inRegistry").invoke(null)).hasSize(64);
            case "known" -> assertThat((List<?>) codes(loader).getMethod("known").invoke(null)).isNotEmpty();
            case "duties" -> assertThat((List<?>) Class.forName("dev.httpstatus.Duty", false, loader)
                    .getMethod("all").invoke(null)).isNotEmpty();
            case "NOT_FOUND" -> assertThat(sc.getField("NOT_FOUND").get(null)).isNotNull();
            case "NETWORK_AUTHENTICATION_REQUIRED" ->
                    assertThat(sc.getField("NETWORK_AUTHENTICATION_REQUIRED").get(null)).isNotNull();
            default -> {
                // a class name: initialise it first, then use it where it has something to call
                Class<?> c = Class.forName("dev.httpstatus." + entry, true, loader);
                if (entry.equals("StatusClass")) {
                    assertThat(c.getMethod("of", int.class).invoke(null, 404).toString()).isEqualTo("CLIENT_ERROR");
                } else if (entry.equals("Http")) {
                    assertThat(c.getField("HTTP_404_NOT_FOUND").getInt(null)).isEqualTo(404);
                } else if (entry.equals("Reference")) {
                    assertThat(c.getMethod("rfc", int.class, String.class).invoke(null, 9110, "15").toString())
                            .isEqualTo("RFC 9110 §15");
                }
            }
        }
    }

    private static Class<?> codes(ClassLoader loader) throws ClassNotFoundException {
        return Class.forName("dev.httpstatus.StatusCodes", false, loader);
    }

    private static void assertSound(Class<?> statusCode) throws Exception {
        Method of = statusCode.getMethod("of", int.class);
        Method code = statusCode.getMethod("code");
        int constants = 0;
        for (Field f : statusCode.getFields()) {
            if (f.getType() == statusCode && Modifier.isStatic(f.getModifiers())) {
                Object value = f.get(null);
                assertThat(value).as(f.getName()).isNotNull();
                assertThat(of.invoke(null, code.invoke(value))).as(f.getName()).isSameAs(value);
                constants++;
            }
        }
        assertThat(constants).isEqualTo(64);
        for (int n = 100; n <= 999; n++) {
            assertThat(of.invoke(null, n)).as("of(%d)", n).isNotNull();
        }
        Object teapot = statusCode.getMethod("forName", String.class).invoke(null, "I'm a teapot");
        assertThat(((Optional<?>) teapot).orElseThrow()).isSameAs(of.invoke(null, 418));
        Class<?> method = Class.forName("dev.httpstatus.Method", false, statusCode.getClassLoader());
        Object put = method.getField("PUT").get(null);
        Object hint = statusCode.getMethod("resolutionHint", method).invoke(of.invoke(null, 301), put);
        assertThat((Optional<?>) hint).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"of", "parse", "forName", "search", "typicalFor", "inRegistry", "known", "duties",
        "NOT_FOUND", "NETWORK_AUTHENTICATION_REQUIRED", "StatusCode", "StatusCodes", "Http", "StatusClass",
        "TypicalResponse", "MethodUsage", "Registration", "Requirement", "Reference", "Duty", "Duties", "Condition",
        "Method", "HttpDate", "FormerPhrase", "UnofficialMeaning", "Catalog"})
    void anyFirstTouchInitialisesCleanly(String entry) throws Exception {
        firstTouch(entry);
    }

    @Test
    void concurrentFirstTouchesDoNotDeadlockOrSeeNulls() throws Exception {
        String[] entries = {"forName", "of", "search", "StatusClass", "typicalFor", "parse", "NOT_FOUND", "known",
            "duties", "Method", "Catalog", "inRegistry"};
        for (int round = 0; round < 5; round++) {
            try (URLClassLoader loader = freshCore()) {
                CountDownLatch start = new CountDownLatch(1);
                AtomicReference<Throwable> failure = new AtomicReference<>();
                List<Thread> threads = new ArrayList<>();
                for (String entry : entries) {
                    Thread t = new Thread(() -> {
                        try {
                            start.await();
                            touch(loader, entry);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }, "first-touch-" + entry);
                    t.setDaemon(true);
                    threads.add(t);
                    t.start();
                }
                start.countDown();
                for (Thread t : threads) {
                    t.join(60_000); // a bound against a deadlock, not a speed measure
                    assertThat(t.isAlive()).as("%s is stuck in class initialisation", t.getName()).isFalse();
                }
                assertThat(failure.get()).isNull();
                assertSound(Class.forName("dev.httpstatus.StatusCode", false, loader));
            }
        }
    }
}
