package org.defendersdays.identity.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.stereotype.Component;

/** Accounts in PostgreSQL ({@code identity} schema). */
@Component
class JdbcAccounts implements Accounts {

    private final AccountRowRepository rows;
    private final AccountRowMapper mapper;

    JdbcAccounts(AccountRowRepository rows, AccountRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Account save(Account account) {
        return mapper.toDomain(rows.save(mapper.toRow(account)));
    }

    @Override
    public Optional<Account> findById(PersonId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(mapper::toDomain);
    }

    @Override
    public boolean anyHolds(Role role) {
        return rows.anyHolds(role.name());
    }

    @Override
    public List<Account> searchByDisplayName(String text, int limit) {
        return rows.searchByDisplayName(text, limit).stream().map(mapper::toDomain).toList();
    }
}
