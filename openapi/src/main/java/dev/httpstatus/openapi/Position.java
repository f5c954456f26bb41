package dev.httpstatus.openapi;

/**
 * A place in a description's text: 1-based line and column.
 *
 * <pre>{@code
 * Position p = new Position(42, 7);
 * p.toString();   // "line 42, column 7"
 * }</pre>
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record Position(int line, int column) {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
