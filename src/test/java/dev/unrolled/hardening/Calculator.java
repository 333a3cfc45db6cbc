package dev.unrolled.hardening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's calculator for the plain-text formulas the tool prints: numbers (with U+2212 minus), "+", "×" and
 * "⊙", parentheses, σ(…) and tanh(…). Parses a line into a small tree so two lines of a derivation can be compared
 * the way a reader checks them.
 */
final class Calculator {
    sealed interface Node {}

    record Num(BigDecimal value) implements Node {}

    record Sum(List<Node> terms) implements Node {}

    record Product(Node left, Node right) implements Node {}

    record Apply(String function, Node argument) implements Node {}

    private final String text;
    private int at;

    private Calculator(String text) {
        this.text = text.replace(" ", "").replace("\u00a0", "");
    }

    static Node parse(String line) {
        Calculator parser = new Calculator(line);
        Node node = parser.sum();
        if (parser.at != parser.text.length()) {
            throw new IllegalArgumentException("cannot read '" + line + "' at " + parser.at);
        }
        return node;
    }

    private Node sum() {
        List<Node> terms = new ArrayList<>();
        terms.add(product());
        while (peek('+')) {
            at++;
            terms.add(product());
        }
        return terms.size() == 1 ? terms.get(0) : new Sum(terms);
    }

    private Node product() {
        Node left = factor();
        if (peek('×') || peek('⊙')) {
            at++;
            return new Product(left, factor());
        }
        return left;
    }

    private Node factor() {
        if (text.startsWith("σ(", at) || text.startsWith("tanh(", at)) {
            String function = text.startsWith("σ(", at) ? "σ" : "tanh";
            at += function.length() + 1;
            Node argument = sum();
            expect(')');
            return new Apply(function, argument);
        }
        if (peek('(')) {
            at++;
            Node inner = sum();
            expect(')');
            return inner;
        }
        int start = at;
        if (peek('−')) {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("expected a number in '" + text + "' at " + at);
        }
        return new Num(new BigDecimal(text.substring(start, at).replace('−', '-')));
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected '" + c + "' in '" + text + "' at " + at);
        }
        at++;
    }

    /** The value with products and sums exact and σ, tanh as a calculator gives them (doubles). */
    static BigDecimal evaluate(Node node) {
        if (node instanceof Num num) {
            return num.value();
        }
        if (node instanceof Sum sum) {
            return sum.terms().stream().map(Calculator::evaluate).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (node instanceof Product product) {
            return evaluate(product.left()).multiply(evaluate(product.right()));
        }
        Apply apply = (Apply) node;
        double x = evaluate(apply.argument()).doubleValue();
        return new BigDecimal(apply.function().equals("σ") ? 1 / (1 + Math.exp(-x)) : Math.tanh(x));
    }
}
