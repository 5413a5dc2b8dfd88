/**
 * Owners' and residents' votes: ballots, who may vote, and the statutory tallies of 民法典 第278条 with their
 * arithmetic shown. The base package is what other modules use; each feature lives in its own sub-package
 * ({@code vote}, {@code ballot}, {@code electorate}, {@code tally}), with {@code web} and {@code internal}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy"})
package org.gongzhi.voting;

import org.springframework.modulith.ApplicationModule;
