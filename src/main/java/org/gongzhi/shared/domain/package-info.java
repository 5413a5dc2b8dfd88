/**
 * Building blocks every module's domain code uses: the one way to refuse a step ({@link Refused}), to report broken
 * input ({@link InvalidInput}) and an unknown or invisible object ({@link NotFound}), the shape of a state-machine
 * step ({@link Transition}) and labelled enums ({@link Labelled}). Nothing here knows about the web.
 */
package org.gongzhi.shared.domain;
