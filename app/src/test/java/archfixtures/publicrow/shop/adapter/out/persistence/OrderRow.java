package archfixtures.publicrow.shop.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

/** Broken: a public persistence row. */
@Table("orders")
public record OrderRow(Long id) {
}
