import CGraphviz
import NewsGraph
