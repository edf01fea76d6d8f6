import NewsGraph
