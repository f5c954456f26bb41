package dev.httpstatus.check.model;

import dev.httpstatus.Reference;

/**
 * What every httpstatus rule tells a reader, whichever tool applies it: the checker's {@link Rule}s
 * and the OpenAPI linter's rules. Listings and report headers are written from this, once.
 *
 * <pre>{@code
 * RuleDescription r = Rules.byId("405-without-allow").orElseThrow();
 * r.severity();   // ERROR
 * r.reference();  // RFC 9110 §15.5.6
 * }</pre>
 */
public interface RuleDescription {

    /** The stable id, in kebab-case. */
    String id();

    /** How bad failing the rule is. */
    Severity severity();

    /** The specification section the rule rests on. */
    Reference reference();

    /** What is wrong, in one line. */
    String message();

    /** How to put it right, in one line. */
    String fix();
}
