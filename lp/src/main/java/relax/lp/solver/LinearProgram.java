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
 * column (column generation). Rows are added first, then columns; both only ever grow.
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
    private int[] colStart = new int[17];
    private int[] rowIndex = new int[64];
    private double[] value = new double[64];
    private int cols;

    private String[] columnNames;
    private String[] rowNames;

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

        /**
     * Names the columns and rows for {@link #toLpFormat} (e.g. a strategy, an entry of p); either array may be null,
     * and a null or missing name falls back to {@code x<j>} / {@code r<i>}. Names are made valid LP-format names there.
     */
    public void setNames(String[] columns, String[] rowLabels) {
        this.columnNames = columns == null ? null : columns.clone();
        this.rowNames = rowLabels == null ? null : rowLabels.clone();
    }

    /**
     * The program in CPLEX LP format, for re-checking with another solver. Columns and rows carry the names given to
     * {@link #setNames} — with every character that LP format does not allow in a name replaced by {@code _}, at most
     * 255 characters, made unique — or {@code x<j>} / {@code r<i>}.
     */
    public String toLpFormat() {
        String[] x = names(columnNames, cols, "x");
        String[] r = names(rowNames, rows, "r");
        StringBuilder s = new StringBuilder("\\ written by relax\nMinimize\n obj:");
        for (int j = 0; j < cols; j++) {
            if (cost[j] != 0) {
                s.append(' ').append(cost[j] < 0 ? "- " : "+ ").append(Math.abs(cost[j])).append(' ').append(x[j]);
            }
        }
        s.append("\nSubject To\n");
        StringBuilder[] lines = new StringBuilder[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = new StringBuilder(" ").append(r[i]).append(':');
        }
        for (int j = 0; j < cols; j++) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                double v = value[k];
                lines[rowIndex[k]].append(' ').append(v < 0 ? "- " : "+ ").append(Math.abs(v)).append(' ').append(x[j]);
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
            if (free[j]) {
                s.append(' ').append(x[j]).append(" free\n");
            }
        }
        return s.append("End\n").toString();
    }

    /**
     * Valid, unique LP-format names: letters, digits and {@code !"#$%&()/,.;?@_`'{}|~} only, not starting with a digit,
     * a period or the letter e/E (which reads as an exponent), at most 255 characters.
     */
    private static String[] names(String[] given, int n, String fallback) {
        String[] out = new String[n];
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            String raw = given != null && i < given.length && given[i] != null && !given[i].isEmpty() ? given[i] : null;
            StringBuilder b = new StringBuilder(raw == null ? fallback + i : "");
            if (raw != null) {
                for (int k = 0; k < raw.length(); k++) {
                    char c = raw.charAt(k);
                    boolean ok = c < 128 && (Character.isLetterOrDigit(c) || "!\"#$%&()/,.;?@_`'{}|~".indexOf(c) >= 0);
                    b.append(ok ? c : '_');
                }
                char first = b.charAt(0);
                if (Character.isDigit(first) || first == '.' || first == 'e' || first == 'E') {
                    b.insert(0, fallback + "_");
                }
            }
            String name = b.length() > 240 ? b.substring(0, 240) : b.toString();
            String unique = name;
            for (int k = 2; !used.add(unique); k++) {
                unique = name + "#" + k;
            }
            out[i] = unique;
        }
        return out;
    }
}
