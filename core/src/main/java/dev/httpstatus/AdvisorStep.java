package dev.httpstatus;

/**
 * Where an answer in the advisor's decision tree leads: another {@link Question}, or the
 * {@link Advice} it ends in.
 *
 * <pre>{@code
 * AdvisorStep next = Advisor.firstQuestion().answers().get(1).next();
 * if (next instanceof Advice a) {
 *     System.out.println(a.code());   // 400 Bad Request
 * }
 * }</pre>
 */
public sealed interface AdvisorStep permits Question, Advice {}
