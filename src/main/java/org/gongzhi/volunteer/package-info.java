/**
 * Volunteers: teams with a leader and members who ask to join, the service each member gives (recorded by the team
 * leader, or from an attended patrol day or helping at an event), corrections that never overwrite, star levels from
 * verified hours, honour boards and a certificate of service; and care visits for the elderly, whose needs can become
 * work orders.
 */
@ApplicationModule(allowedDependencies = {"shared", "community", "patrol", "cases", "activity", "privacy"})
package org.gongzhi.volunteer;

import org.springframework.modulith.ApplicationModule;
