/**
 * Owners' and residents' votes: ballots, who may vote, and the statutory tallies of 民法典 第278条 with their
 * arithmetic shown.
 */
package org.gongzhi.voting;
