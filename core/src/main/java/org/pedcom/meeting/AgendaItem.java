package org.pedcom.meeting;

import java.util.List;

import org.pedcom.internal.Require;

/**
 * «Вопрос повестки»: one question discussed, with the decisions and recommendations taken on it.
 *
 * @param question        the question as worded in the protocol
 * @param decisions       «решения»
 * @param recommendations «рекомендации»
 */
public record AgendaItem(String question, List<String> decisions, List<String> recommendations) {

    public AgendaItem {
        Require.nonBlank(question, "AgendaItem.question");
        decisions = Require.listOf(decisions, "AgendaItem.decisions");
        recommendations = Require.listOf(recommendations, "AgendaItem.recommendations");
    }

    public static AgendaItem of(String question, List<String> decisions, List<String> recommendations) {
        return new AgendaItem(question, decisions, recommendations);
    }
}
