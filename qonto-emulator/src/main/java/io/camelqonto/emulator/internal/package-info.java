/** The emulator's implementation. Not an API: anything here may change without notice. */
package io.camelqonto.emulator.internal;
