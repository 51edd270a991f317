package org.defendersdays.identity.adapter.out.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.AccountStatus;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Account aggregate to row and back; rows are rebuilt through {@link Account#rehydrate}. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AccountRowMapper {

    @Mapping(target = "id", expression = "java(account.id().value())")
    @Mapping(target = "email", expression = "java(account.email().value())")
    @Mapping(target = "displayName", expression = "java(account.displayName().value())")
    @Mapping(target = "passwordHash", expression = "java(account.passwordHash())")
    @Mapping(target = "status", expression = "java(account.status().name())")
    @Mapping(target = "roles", expression = "java(toNames(account.roles()))")
    @Mapping(target = "registeredAt", expression = "java(account.registeredAt())")
    @Mapping(target = "version", expression = "java(account.version())")
    AccountRow toRow(Account account);

    default Account toDomain(AccountRow row) {
        return Account.rehydrate(new PersonId(row.id()), new EmailAddress(row.email()),
                new DisplayName(row.displayName()), row.passwordHash(), AccountStatus.valueOf(row.status()),
                toRoles(row.roles()), row.registeredAt(), row.version());
    }

    default String[] toNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    default Set<Role> toRoles(String[] names) {
        return names == null ? Set.of() : Arrays.stream(names).map(Role::valueOf).collect(Collectors.toSet());
    }
}
