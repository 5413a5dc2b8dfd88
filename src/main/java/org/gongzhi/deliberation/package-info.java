/**
 * Proposals raised by residents, four-party deliberation (四议共答) and public notice (公示) of the plans agreed.
 * The base package is what other modules use: the proposal's service, read model, states, steps and events, and
 * the consensus plan its follow-up carries out. Each feature keeps the rest in a sub-package closed to other
 * modules ({@code proposal}, {@code meeting}, {@code notice}), with {@code web} and {@code internal} beside them.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "community", "identity", "voting", "cases" })
package org.gongzhi.deliberation;

import org.springframework.modulith.ApplicationModule;
import org.gongzhi.deliberation.proposal.Proposals;
