/**
 * The Aoyuan demo: the register of the seed article and the demo accounts, loaded on first start in demo mode.
 */
package org.gongzhi.demo;
