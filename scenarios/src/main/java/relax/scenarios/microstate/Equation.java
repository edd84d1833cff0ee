package relax.scenarios.microstate;

import java.util.List;

/**
 * One equation between conditional probabilities of a model's variables,
 * {@code P(T | G) = Π_i P(T_i | G_i)}, that a property demands for every value of the variables in T ∪ G at
 * which P(G) &gt; 0 (the T_i partition T and each G_i ⊆ G, so the right side is then defined too).
 *
 * @param lhs the left side P(T | G)
 * @param rhs the factors of the right side
 */
public record Equation(Term lhs, List<Term> rhs) {

    /** A conditional probability P(target | given) over two sets of {@link ModelVariable}s (bits). */
    public record Term(int target, int given) {
        /** P(target | given) in the paper's notation with this project's symbols, e.g. {@code P(a|x,λ)}. */
        @Override
        public String toString() {
            return "P(" + symbols(target) + (given == 0 ? "" : "|" + symbols(given)) + ")";
        }

        private static String symbols(int set) {
            StringBuilder s = new StringBuilder();
            for (ModelVariable v : ModelVariable.values()) {
                if ((set & v.bit()) != 0) {
                    s.append(s.length() > 0 ? "," : "").append(v.symbol());
                }
            }
            return s.toString();
        }
    }

    public Equation {
        int targets = 0;
        for (Term t : rhs) {
            if ((t.target & targets) != 0 || (t.target & ~lhs.target) != 0 || (t.given & ~lhs.given) != 0) {
                throw new IllegalArgumentException("the right side of " + lhs + " = " + rhs + " must split the targets and keep within the givens");
            }
            targets |= t.target;
        }
        if (targets != lhs.target) {
            throw new IllegalArgumentException("the right side of " + lhs + " must cover every target");
        }
        rhs = List.copyOf(rhs);
    }

    /** P(target | given) with the sets given as arrays of variables. */
    public static Term p(ModelVariable[] target, ModelVariable... given) {
        return new Term(ModelVariable.set(target), ModelVariable.set(given));
    }

    /** The variables the equation mentions. */
    public int variables() {
        return lhs.target | lhs.given;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(lhs.toString()).append(" = ");
        for (int i = 0; i < rhs.size(); i++) {
            s.append(i > 0 ? " " : "").append(rhs.get(i));
        }
        return s.toString();
    }
}
