/**
 * JMH benchmarks of the hot loops: building T columns, the exact pricing search and whole solves.
 */
package relax.benchmarks;
