/**
 * The home page and read models that show the community at a glance; reads other modules only through their APIs.
 */
package org.gongzhi.dashboard;
