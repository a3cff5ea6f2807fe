package io.camelqonto.benchmarks;

import java.util.List;

import io.camelqonto.model.PageMeta;
import io.camelqonto.model.Transaction;

/** A page of transactions as a plain Jackson user reads it, into the same models the component hands out. */
public record TransactionsPage(List<Transaction> transactions, PageMeta meta) {
}
