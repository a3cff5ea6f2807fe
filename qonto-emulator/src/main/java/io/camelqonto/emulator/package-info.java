/**
 * An offline emulation of the Qonto Business API v2. Start with {@link io.camelqonto.emulator.QontoEmulator},
 * or with {@link io.camelqonto.emulator.QontoEmulatorExtension} in JUnit 5 tests.
 */
package io.camelqonto.emulator;
