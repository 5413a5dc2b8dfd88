/**
 * Proposals raised by residents, four-party deliberation (四议共答) and public notice (公示) of the plans agreed.
 */
package org.gongzhi.deliberation;
