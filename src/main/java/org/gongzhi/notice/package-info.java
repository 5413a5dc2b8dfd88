/**
 * Reaching every resident: notices (公告) that staff address to the whole community, a zone, a grid, a building or
 * a stairwell, with read receipts counted per household and a sheet for the stairwell board, and those the rules
 * require, published when their event happens (a plan on public notice, a vote's result); and each resident's
 * inbox of notifications, filled from the events other modules publish (a work order's step, a vote's close) and
 * from the votes awaiting the resident's ballot.
 */
@ApplicationModule(allowedDependencies = {"shared", "community", "cases", "voting", "deliberation", "pet", "renewal", "activity", "identity"})
package org.gongzhi.notice;

import org.springframework.modulith.ApplicationModule;
