package relax.lp.network;

import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.CommonsBackend;
import relax.lp.solver.LpBackend;
import relax.lp.solver.OjAlgoBackend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.network.BilocalModel;
import relax.core.Scenario;
import relax.core.network.SwappingStrategies;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Method;
import relax.lp.engine.Progress;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;

/**
 * The minimum non-bilocality min_q M_BL(q) = min_ν M_BL(ν) of an observed behaviour of the
 * entanglement-swapping network (Chaves et al. 2015, eqs. 46–53), by spatial branch and bound over the free
 * parameters ν.
 *
 * <p><b>Steps.</b> (0) With more than two inputs for Alice, the behaviours restricted to two of her inputs (and two of
 * Charlie's) are searched first; their best exact lower bound is a lower bound for p ({@code restrictionBound}) and
 * seeds every box. (1) Is p reproducible by the network with any shared hidden variable (T q = p)? If not,
 * {@link Relaxation} returns an exactly verified Farkas certificate and the answer is INFEASIBLE. (2) The
 * free parameters and their feasible ranges (LPs 57–58) give the root box, rounded outward from the exact
 * bounds. (3) Every box gets the McCormick lower bound of {@link NonBilocality#solve} (exactly verified)
 * and the value M_BL(ν) of the fixed-ν LP at its midpoint (or, if the midpoint is infeasible, at the
 * relaxation's parameter): an upper bound on the minimum, attained by an explicit q. Boxes whose lower bound is within the resolution of the best value
 * are closed; the others are bisected along their widest side (relative to the root box). Boxes are
 * evaluated in parallel batches, best lower bound first. (4) The search stops when every box is closed,
 * when the best value is 0 (p is bilocal; the minimiser q gives the explicit bilocal model), or when the
 * LP budget is spent.
 *
 * <p><b>What is guaranteed.</b> The minimum lies in [{@link BilocalityResult#lowerBound()},
 * {@link BilocalityResult#value()}]: the lower end is the smallest exactly verified box bound (boxes
 * without a feasible parameter are discarded only with an exact proof), the upper end is M_BL of an explicit
 * q. When the search converged the two are within the resolution. The function ν ↦ M_BL(ν) is not assumed
 * convex or smooth; only the McCormick envelope's validity on each box is used.
 */
public final class BilocalitySearch {
    private BilocalitySearch() {
    }

    /** An open box with the best lower bound known for it. */
    private record Box(double[] lower, double[] upper, BigFraction bound) {
    }

    /** A box after its LPs: the relaxation and the fixed-ν evaluation at the relaxation's parameter. */
    private record Evaluated(Box box, NonBilocality.Solution relaxation, NonBilocality.Solution point, int lps) {
    }

    /** Solves the search for behaviour {@code p}; never throws for solver trouble (status FAILED instead). */
    public static BilocalityResult run(Behaviour p, SolveOptions options) {
        long t0 = System.nanoTime();
        SwappingStrategies space = SwappingStrategies.of(p.scenario());
        RelaxationResult network = new Relaxation(space, BehaviourConstraints.reproducing(p)).solve(options.withProgress(Progress.NONE));
        if (network.status() != Status.OPTIMAL) {
            return BilocalityResult.unsolved(network);
        }
        NonBilocality problem = new NonBilocality(p).tightened(options);
        Floor floor = restrictionBound(p, options);
        return new Search(problem, options, t0, floor).run();
    }

    /**
     * The largest exactly verified lower bound on min M_BL among the behaviours restricted to two of Alice's inputs
     * (and two of Charlie's, if he has more), when Alice has more than two: those have fewer free parameters and are
     * solved first, and every box of the full search starts from this bound. Valid because every q reproducing p
     * restricts (by marginalising the unused α_x, γ_z) to a q′ reproducing the restricted behaviour, the marginal map
     * commutes with taking marginals and products, and ℓ1 distances shrink under it: M_BL(q′) ≤ M_BL(q).
     */
    private static Floor restrictionBound(Behaviour p, SolveOptions options) {
        Scenario s = p.scenario();
        int mx = s.inputs(0);
        int mz = s.inputs(2);
        if (mx <= 2) {
            return new Floor(BigFraction.ZERO, 0);
        }
        List<int[]> alice = pairs(mx);
        List<int[]> charlie = mz <= 2 ? List.of(IntStream.range(0, mz).toArray()) : pairs(mz);
        SolveOptions sub = options.withProgress(Progress.NONE).withLpBudget(Math.max(100, options.lpBudget() / (4 * alice.size() * charlie.size())));
        BigFraction best = BigFraction.ZERO;
        int lps = 0;
        for (int[] xs : alice) {
            for (int[] zs : charlie) {
                BilocalityResult r = run(restricted(p, xs, zs), sub);
                lps += r.lps();
                if (r.status() == Status.OPTIMAL && r.lowerBound().compareTo(best) > 0) {
                    best = r.lowerBound();
                }
            }
        }
        return new Floor(best, lps);
    }

    /** A lower bound valid for every box, and the LPs it took. */
    private record Floor(BigFraction bound, int lps) {
    }

    private static List<int[]> pairs(int m) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    /** p restricted to Alice's inputs {@code xs} and Charlie's inputs {@code zs} (renumbered 0, 1, …). */
    private static Behaviour restricted(Behaviour p, int[] xs, int[] zs) {
        Scenario s = p.scenario();
        Scenario r = Scenario.of(new int[] {xs.length, 1, zs.length}, s.outputCounts());
        double[] q = new double[r.size()];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < zs.length; j++) {
                for (int o = 0; o < r.outcomesPerBlock(); o++) {
                    q[r.index(r.block(i, 0, j), o)] = p.get(s.index(s.block(xs[i], 0, zs[j]), o));
                }
            }
        }
        return new Behaviour(r, q);
    }

    /**
     * The model with every weight replaced by the nearest fraction of denominator at most 1024 (continued
     * fractions), e.g. 0.2499999999999 → 1/4; null if that is no longer a valid model. The caller keeps
     * whichever model reproduces p better.
     */
    private static BilocalModel snapped(BilocalModel m) {
        try {
            return new BilocalModel(m.space(), snap(m.alice()), snap(m.charlie()), snap(m.bob()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double[] snap(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new BigFraction(v[i], 1024).doubleValue();
        }
        return r;
    }

    /** The mutable state of one run. */
    private static final class Search {
        private final NonBilocality problem;
        private final SolveOptions options;
        private final long t0;
        private final int k;
        private final List<String> failures = new ArrayList<>();
        private double[] rootLower;
        private double[] rootUpper;
        private int lps;
        private int boxes;
        private double best = Double.POSITIVE_INFINITY;
        private NonBilocality.Solution incumbent;
        private BigFraction closedBound;
        /** The engine records of every box LP, added up. */
        private Diagnostics boxDiagnostics = Diagnostics.none(Method.ENUMERATE);
        /** A lower bound valid for every box (from the restricted behaviours). */
        private final BigFraction floor;

        Search(NonBilocality problem, SolveOptions options, long t0, Floor floor) {
            this.problem = problem;
            this.options = options;
            this.t0 = t0;
            this.k = problem.parameters().count();
            this.floor = floor.bound();
            this.lps = floor.lps();
        }

        BilocalityResult run() {
            double[] rangeMin = new double[k];
            double[] rangeMax = new double[k];
            rootLower = new double[k];
            rootUpper = new double[k];
            for (int j = 0; j < k; j++) {
                options.progress().note("ranging the free parameters ν of Alice's strategy marginal (LPs 57-58): " + (2 * j) + " of " + (2 * k) + " LPs");
                Optional<NonBilocality.Range> r = problem.range(j, new double[0], options);
                lps += 2;
                if (r.isEmpty() || r.get().minLowerBound() == null || r.get().maxUpperBound() == null) {
                    return failed("the range LPs (57)-(58) of parameter " + (j + 1) + " failed");
                }
                rangeMin[j] = r.get().min();
                rangeMax[j] = r.get().max();
                rootLower[j] = NonBilocality.floor(r.get().minLowerBound());
                rootUpper[j] = NonBilocality.ceil(r.get().maxUpperBound());
                if (rootLower[j] > rootUpper[j]) {
                    // the exact bounds cross only if no q reproduces p′ exactly (rounding-level inconsistency of the data)
                    failures.add("the exact range bounds of parameter " + (j + 1) + " cross by " + (rootLower[j] - rootUpper[j])
                            + ": p is reproducible only up to rounding");
                    double swap = rootLower[j];
                    rootLower[j] = rootUpper[j];
                    rootUpper[j] = swap;
                }
            }
            PriorityQueue<Box> open = new PriorityQueue<>(Comparator.comparing(Box::bound));
            List<Box> pending = initialBoxes();
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                while (!pending.isEmpty()) {
                    List<Evaluated> done = evaluate(pool, pending);
                    for (Evaluated e : done) {
                        absorb(e, open);
                    }
                    closeBoxes(open);
                    report(open);
                    if (best <= options.tolerances().verification() || open.isEmpty() || lps >= options.lpBudget()) {
                        break;
                    }
                    pending = split(open);
                }
            } finally {
                pool.shutdown();
            }
            if (incumbent == null) {
                return failed("no parameter box could be solved");
            }
            BigFraction lower = closedBound;
            for (Box b : open) {
                lower = lower == null || b.bound().compareTo(lower) < 0 ? b.bound() : lower;
            }
            return finish(lower == null ? BigFraction.ZERO : lower, rangeMin, rangeMax);
        }

        /** The root box: its midpoint is evaluated first, then bisection refines. */
        private List<Box> initialBoxes() {
            return List.of(new Box(rootLower.clone(), rootUpper.clone(), floor));
        }

        private List<Evaluated> evaluate(ForkJoinPool pool, List<Box> pending) {
            try {
                return pool.submit(() -> pending.parallelStream().map(this::evaluate).toList()).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the bilocality search was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a box LP threw", e.getCause());
            }
        }

        /**
         * The relaxation of the box, then M_BL(ν) at the box's midpoint — a regular dyadic grid that refines
         * where the bounds are weakest — or, when the midpoint is not a feasible parameter, at the
         * relaxation's parameter, which always is.
         */
        private Evaluated evaluate(Box box) {
            NonBilocality.Solution relaxation = problem.solve(box.lower(), box.upper(), options);
            if (relaxation.status() != Status.OPTIMAL || Arrays.equals(box.lower(), box.upper())) {
                return new Evaluated(box, relaxation, relaxation.status() == Status.OPTIMAL ? relaxation : null, 1);
            }
            double[] mid = new double[k];
            for (int j = 0; j < k; j++) {
                mid[j] = box.lower()[j] + (box.upper()[j] - box.lower()[j]) / 2;
            }
            NonBilocality.Solution point = problem.solve(mid, mid, options);
            if (point.status() == Status.OPTIMAL) {
                return new Evaluated(box, relaxation, point, 2);
            }
            double[] nu = relaxation.nu().clone();
            for (int j = 0; j < k; j++) {
                nu[j] = Math.max(box.lower()[j], Math.min(box.upper()[j], nu[j]));
            }
            return new Evaluated(box, relaxation, problem.solve(nu, nu, options), 3);
        }

        private void absorb(Evaluated e, PriorityQueue<Box> open) {
            boxes++;
            lps += e.lps();
            NonBilocality.Solution r = e.relaxation();
            boxDiagnostics = boxDiagnostics.plus(r.diagnostics());
            if (e.point() != null && e.point() != r) {
                boxDiagnostics = boxDiagnostics.plus(e.point().diagnostics());
            }
            if (e.point() != null && e.point().status() == Status.OPTIMAL && e.point().value() < best) {
                best = e.point().value();
                incumbent = e.point();
            }
            switch (r.status()) {
                case INFEASIBLE -> {
                    // proven empty: no parameter of the box is feasible
                }
                case OPTIMAL -> {
                    BigFraction bound = r.lowerBound() == null || r.lowerBound().compareTo(e.box().bound()) < 0 ? e.box().bound() : r.lowerBound();
                    if (r.lowerBound() == null) {
                        failures.add("a box bound could not be verified exactly; its parent's bound is kept");
                    }
                    open.add(new Box(e.box().lower(), e.box().upper(), bound));
                }
                case FAILED -> {
                    failures.add("a box LP failed: " + r.diagnostics().fallbackText());
                    open.add(e.box());
                }
            }
        }

        /** Closes every box whose bound is within the resolution of the best value, or that cannot be split. */
        private void closeBoxes(PriorityQueue<Box> open) {
            open.removeIf(b -> {
                boolean close = b.bound().doubleValue() >= best - options.resolution() || !splittable(b);
                if (close) {
                    closedBound = closedBound == null || b.bound().compareTo(closedBound) < 0 ? b.bound() : closedBound;
                }
                return close;
            });
        }

        private boolean splittable(Box b) {
            int j = widest(b);
            double mid = midpoint(b, j);
            return j >= 0 && mid > b.lower()[j] && mid < b.upper()[j];
        }

        private List<Box> split(PriorityQueue<Box> open) {
            int batch = Math.max(2 * options.threads(), 8);
            List<Box> next = new ArrayList<>();
            while (!open.isEmpty() && next.size() < batch) {
                Box b = open.poll();
                next.addAll(halves(b, widest(b)));
            }
            return next;
        }

        /** The side with the largest width relative to the root box (−1 for a point). */
        private int widest(Box b) {
            int best = -1;
            double width = 0;
            for (int j = 0; j < k; j++) {
                double w = (b.upper()[j] - b.lower()[j]) / Math.max(rootUpper[j] - rootLower[j], Double.MIN_NORMAL);
                if (w > width) {
                    width = w;
                    best = j;
                }
            }
            return best;
        }

        private static double midpoint(Box b, int j) {
            return j < 0 ? Double.NaN : b.lower()[j] + (b.upper()[j] - b.lower()[j]) / 2;
        }

        private static List<Box> halves(Box b, int j) {
            if (j < 0 || !(b.upper()[j] > b.lower()[j])) {
                return List.of(b);
            }
            double mid = midpoint(b, j);
            double[] leftUpper = b.upper().clone();
            leftUpper[j] = mid;
            double[] rightLower = b.lower().clone();
            rightLower[j] = mid;
            return List.of(new Box(b.lower(), leftUpper, b.bound()), new Box(rightLower, b.upper(), b.bound()));
        }

        private void report(PriorityQueue<Box> open) {
            Box top = open.peek();
            options.progress().note(String.format(java.util.Locale.ROOT, "%.6f ≤ min M_BL ≤ %.6f after %d LPs (branch and bound over ν: %d parameter boxes open)",
                    top == null ? best : top.bound().doubleValue(), best, lps, open.size()));
        }

        private BilocalityResult failed(String why) {
            return new BilocalityResult(Status.FAILED, Double.NaN, null, false, new double[0], new double[0], new double[0],
                    new double[0], new double[0], new double[0], null, Double.NaN, null, problem.parameters().count(), boxes, why, diagnostics());
        }

        /** The search's record: the final fixed-ν LP's backend, every fallback and note, all LPs, the box LPs' timing. */
        private Diagnostics diagnostics() {
            List<String> notes = new ArrayList<>(boxDiagnostics.fallbacks());
            notes.addAll(failures);
            Diagnostics.Timing box = boxDiagnostics.timing();
            return new Diagnostics(incumbent == null ? "" : incumbent.diagnostics().backend(), notes, lps, 0, Method.ENUMERATE,
                    new Diagnostics.Timing(System.nanoTime() - t0, box.master(), box.pricing(), box.certificate()));
        }

        private BilocalityResult finish(BigFraction lower, double[] rangeMin, double[] rangeMax) {
            double[] nu = incumbent.nu();
            double value = best;
            BilocalModel model = null;
            double residual = Double.NaN;
            if (best <= options.tolerances().verification()) {
                BilocalModel read = BilocalModel.fromStrategies(problem.space(), incumbent.q());
                BilocalModel snapped = snapped(read);
                double readResidual = read.residual(problem.behaviour());
                double snappedResidual = snapped == null ? Double.POSITIVE_INFINITY : snapped.residual(problem.behaviour());
                model = snappedResidual <= readResidual ? snapped : read;
                residual = Math.min(readResidual, snappedResidual);
                if (residual <= options.tolerances().verification()) {
                    value = 0;
                    lower = BigFraction.ZERO;
                    nu = new double[k];
                    for (int j = 0; j < k; j++) {
                        nu[j] = model.alice()[problem.parameters().freeStrategy(j)];
                    }
                } else {
                    failures.add("M_BL(ν*) = " + best + " but the bilocal model read off q reproduces p only within " + residual);
                    model = null;
                }
            }
            double[] nestedMin = new double[k];
            double[] nestedMax = new double[k];
            for (int j = 0; j < k; j++) {
                Optional<NonBilocality.Range> r = problem.range(j, Arrays.copyOf(nu, j), options);
                lps += 2;
                nestedMin[j] = r.map(NonBilocality.Range::min).orElse(Double.NaN);
                nestedMax[j] = r.map(NonBilocality.Range::max).orElse(Double.NaN);
            }
            boolean converged = model != null || value - lower.doubleValue() <= options.resolution();
            return new BilocalityResult(Status.OPTIMAL, value, lower, converged, nu, rangeMin, rangeMax, nestedMin, nestedMax,
                    incumbent.q(), model, residual, null, k, boxes, "", diagnostics());
        }
    }
}
