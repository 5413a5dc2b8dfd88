/**
 * Micro-renewal projects (微更新): the follow-up of an adopted proposal, its progress and its spending against the
 * budget, open for every resident to see.
 */
package org.gongzhi.renewal;
