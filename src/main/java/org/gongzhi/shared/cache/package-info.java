/** What an instance keeps in memory for a short while, so that many identical requests compute once. */
package org.gongzhi.shared.cache;
