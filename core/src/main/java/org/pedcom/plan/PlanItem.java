package org.pedcom.plan;

import java.util.List;

import org.pedcom.internal.Require;

/**
 * One line of a plan: a task, the events under it, the expected result and the form it takes
 * (regulation 004, clause 2.2, «планирование деятельности»).
 *
 * @param task           «задача»
 * @param events         «мероприятия под каждую задачу»
 * @param expectedResult «результат по каждой задаче»
 * @param resultForm     «форма представления результата» — a methodological or educational product
 */
public record PlanItem(String task, List<String> events, String expectedResult, String resultForm) {

    public PlanItem {
        Require.nonBlank(task, "PlanItem.task");
        events = Require.listOf(events, "PlanItem.events");
        Require.nonBlank(expectedResult, "PlanItem.expectedResult");
        Require.nonBlank(resultForm, "PlanItem.resultForm");
    }
}
