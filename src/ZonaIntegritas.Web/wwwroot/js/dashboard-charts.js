// Charts of the dashboard and the roll-up. Data comes from <script type="application/json"> blocks; every chart
// also has a table on the page (accessibility, print).
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    function data(id) {
        var el = document.getElementById(id);
        return el ? JSON.parse(el.textContent) : null;
    }
    var trend = data('trend-data');
    var trendCanvas = document.querySelector('canvas[data-chart="trend"]');
    if (trend && trendCanvas) {
        new Chart(trendCanvas, {
            type: 'line',
            data: {
                labels: trend.labels,
                datasets: [
                    { label: 'Total', data: trend.total, borderColor: '#198754', pointRadius: 0, tension: 0.2 },
                    { label: 'Pengungkit', data: trend.pengungkit, borderColor: '#0d6efd', pointRadius: 0, tension: 0.2 }
                ]
            },
            options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } }, locale: 'id-ID' }
        });
    }
    var rollup = data('rollup-data');
    var rollupCanvas = document.querySelector('canvas[data-chart="rollup"]');
    if (rollup && rollupCanvas) {
        new Chart(rollupCanvas, {
            type: 'bar',
            data: {
                labels: rollup.labels,
                datasets: [
                    { label: 'Pengungkit', data: rollup.pengungkit, backgroundColor: '#0d6efd' },
                    { label: 'Total', data: rollup.total, backgroundColor: '#198754' }
                ]
            },
            options: { maintainAspectRatio: false, animation: false, indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, locale: 'id-ID' }
        });
    }
})();
