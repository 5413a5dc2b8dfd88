/**
 * What every repository and query needs to read rows: {@link Rows} maps a row into a record by column name.
 */
package org.gongzhi.shared.jdbc;
