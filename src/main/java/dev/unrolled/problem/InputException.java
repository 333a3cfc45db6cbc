package dev.unrolled.problem;

import java.util.List;

/**
 * The user's input (an example file, a template, prose, a command-line value) cannot be used. Carries every problem
 * found, so one run reports them all; the command line maps it to exit code 2 and prints each problem on its own
 * line, never a stack trace.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).render(), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
