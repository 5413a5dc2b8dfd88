/**
 * Programmes for four generations (四代共治) and their events: 7890暖心屋 for residents over seventy, 我的植物邻居,
 * 爸爸兵团, 宠邻家 and what staff add; events with a capacity, the ages they are for and a waiting list that moves up
 * by itself; residents register themselves or their household, staff register those without a phone and check
 * people in at the door; staff and verified volunteers register a resident without a phone who consents (代办).
 */
@ApplicationModule(allowedDependencies = {"shared", "community", "identity", "privacy"})
package org.gongzhi.activity;

import org.springframework.modulith.ApplicationModule;
