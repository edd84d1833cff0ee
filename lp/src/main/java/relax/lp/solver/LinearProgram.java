package relax.lp.solver;

import java.util.Arrays;

/**
 * A linear program in the form every backend reads:
 * <pre>
 *   minimise  c·ξ
 *   subject to  (A ξ)_i  =, ≤ or ≥  b_i      for every row i,
 *               ξ_j ≥ 0  or  ξ_j free        for every column j.
 * </pre>
 * A is stored column by column (compressed sparse columns), because the relaxations grow it column by
 * column (column generation). Rows are added first, then columns; both only ever grow. A column can be
 * <em>removed</em> ({@link #removeColumn}): it keeps its index but is fixed at ξ_j = 0, so it no longer
 * constrains the dual; and a column's cost can change ({@link #setCost}). Both are logged
 * ({@link #changes()}), so that a backend attached to a growing program (a column-generation session)
 * can apply them to its live model and keep its basis, e.g. between the two phases of a relaxation.
 *
 * <p>Dual convention of {@link LpSolution}: multipliers y with reduced costs d = c − Aᵀy; at an
 * optimum d_j ≥ 0 for ξ_j ≥ 0 and d_j = 0 for free ξ_j, and y_i is free for {@code =} rows, ≥ 0 for
 * {@code ≥} rows and ≤ 0 for {@code ≤} rows. The dual objective is b·y.
 */
public final class LinearProgram {

    /** The relation of a row. */
    public enum Relation { EQ, LE, GE }

    private Relation[] relations = new Relation[16];
    private double[] rhs = new double[16];
    private int rows;

    private double[] cost = new double[16];
    private boolean[] free = new boolean[16];
    private boolean[] removed = new boolean[16];
    private int[] changed = new int[16];
    private int changes;
    private int[] colStart = new int[17];
    private int[] rowIndex = new int[64];
    private double[] value = new double[64];
    private int cols;

    /** Adds a row {@code (A ξ)_i rel rhs}; returns its index. Rows must be added before columns that use them. */
    public int addRow(Relation relation, double rightHandSide) {
        if (rows == relations.length) {
            relations = Arrays.copyOf(relations, rows * 2);
            rhs = Arrays.copyOf(rhs, rows * 2);
        }
        relations[rows] = relation;
        rhs[rows] = rightHandSide;
        return rows++;
    }

    /**
     * Adds a column with cost {@code c}, sign (non-negative unless {@code isFree}) and the first
     * {@code nnz} entries of {@code rowsOfColumn}/{@code values} (row indices need not be sorted, but must
     * be distinct). The arrays are copied; returns the column index.
     */
    public int addColumn(double c, boolean isFree, int[] rowsOfColumn, double[] values, int nnz) {
        if (cols == cost.length) {
            cost = Arrays.copyOf(cost, cols * 2);
            free = Arrays.copyOf(free, cols * 2);
            removed = Arrays.copyOf(removed, cols * 2);
            colStart = Arrays.copyOf(colStart, cols * 2 + 1);
        }
        int start = colStart[cols];
        if (start + nnz > rowIndex.length) {
            int cap = Math.max(rowIndex.length * 2, start + nnz);
            rowIndex = Arrays.copyOf(rowIndex, cap);
            value = Arrays.copyOf(value, cap);
        }
        for (int k = 0; k < nnz; k++) {
            if (rowsOfColumn[k] < 0 || rowsOfColumn[k] >= rows) {
                throw new IllegalArgumentException("row " + rowsOfColumn[k] + " does not exist (" + rows + " rows)");
            }
            rowIndex[start + k] = rowsOfColumn[k];
            value[start + k] = values[k];
        }
        cost[cols] = c;
        free[cols] = isFree;
        colStart[cols + 1] = start + nnz;
        return cols++;
    }

    /**
     * Fixes column j at ξ_j = 0 for good (it keeps its index; its reduced cost is then unconstrained):
     * the column is no longer part of the program.
     */
    public void removeColumn(int col) {
        checkColumn(col);
        if (!removed[col]) {
            removed[col] = true;
            logChange(col);
        }
    }

    /** Changes the cost of column j. */
    public void setCost(int col, double c) {
        checkColumn(col);
        if (cost[col] != c) {
            cost[col] = c;
            logChange(col);
        }
    }

    /** Whether column j was removed (is fixed at 0). */
    public boolean isRemoved(int col) {
        return removed[col];
    }

    /** Number of column changes ({@link #removeColumn}, {@link #setCost}) so far; change k is to column {@link #changedColumn}(k). */
    public int changes() {
        return changes;
    }

    /** The column of change k (0 ≤ k &lt; {@link #changes()}), in the order made. */
    public int changedColumn(int k) {
        return changed[k];
    }

    private void logChange(int col) {
        if (changes == changed.length) {
            changed = Arrays.copyOf(changed, changes * 2);
        }
        changed[changes++] = col;
    }

    private void checkColumn(int col) {
        if (col < 0 || col >= cols) {
            throw new IllegalArgumentException("column " + col + " does not exist (" + cols + " columns)");
        }
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return cols;
    }

    public Relation relation(int row) {
        return relations[row];
    }

    public double rhs(int row) {
        return rhs[row];
    }

    public double cost(int col) {
        return cost[col];
    }

    public boolean isFree(int col) {
        return free[col];
    }

    /** Start of column j's entries in {@link #entryRow}/{@link #entryValue}; column j ends at colStart(j+1). */
    public int colStart(int col) {
        return colStart[col];
    }

    public int entryRow(int k) {
        return rowIndex[k];
    }

    public double entryValue(int k) {
        return value[k];
    }

    /** Number of structural nonzeros. */
    public int nonzeros() {
        return colStart[cols];
    }

    /** A ξ. */
    public double[] multiply(double[] xi) {
        double[] r = new double[rows];
        for (int j = 0; j < cols; j++) {
            if (xi[j] != 0) {
                for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                    r[rowIndex[k]] += value[k] * xi[j];
                }
            }
        }
        return r;
    }

    /** Aᵀ y. */
    public double[] multiplyTransposed(double[] y) {
        double[] r = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                s += value[k] * y[rowIndex[k]];
            }
            r[j] = s;
        }
        return r;
    }

    /** The model in the CPLEX LP text format, so that any other solver can check it. */
    public String toLpFormat() {
        StringBuilder s = new StringBuilder("\\ written by relax\nMinimize\n obj:");
        for (int j = 0; j < cols; j++) {
            if (cost[j] != 0) {
                s.append(' ').append(cost[j] < 0 ? "- " : "+ ").append(Math.abs(cost[j])).append(" x").append(j);
            }
        }
        s.append("\nSubject To\n");
        StringBuilder[] lines = new StringBuilder[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = new StringBuilder(" r").append(i).append(':');
        }
        for (int j = 0; j < cols; j++) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                double v = value[k];
                lines[rowIndex[k]].append(' ').append(v < 0 ? "- " : "+ ").append(Math.abs(v)).append(" x").append(j);
            }
        }
        for (int i = 0; i < rows; i++) {
            String rel = switch (relations[i]) {
                case EQ -> " = ";
                case LE -> " <= ";
                case GE -> " >= ";
            };
            s.append(lines[i]).append(rel).append(rhs[i]).append('\n');
        }
        s.append("Bounds\n");
        for (int j = 0; j < cols; j++) {
            if (removed[j]) {
                s.append(" x").append(j).append(" = 0\n");
            } else if (free[j]) {
                s.append(" x").append(j).append(" free\n");
            }
        }
        return s.append("End\n").toString();
    }
}
