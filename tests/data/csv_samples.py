"""Small CSV texts shared by the CSV tests."""


IRIS_LIKE = "\n".join(
    ["sepal,petal,colour,species"]
    + [f"{5 + (i % 7) * 0.1:.1f},{1 + (i % 5) * 0.2 + (i % 3):.1f},red,{('setosa', 'versicolor', 'virginica')[i % 3]}"
       for i in range(60)]
) + "\n"
