/** The jingzhun command line and runnable examples. */
package org.jingzhun.examples;
